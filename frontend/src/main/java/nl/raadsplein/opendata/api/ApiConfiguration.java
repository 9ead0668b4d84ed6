package nl.raadsplein.opendata.api;

import java.time.Duration;
import java.util.List;
import nl.raadsplein.opendata.oparl.OparlPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public read API beside Vaadin: a security chain of its own (stateless, no login, no CSRF since nothing
 * is written, CORS for reading from any origin), ETags over the response body, a minute's public caching and
 * the rate limit per client address. Why this way: docs/adr/0017-public-read-api.md.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

    // The documentation page is swagger-ui's own static page and script, with inline styles.
    static final String DOCS_CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(ApiPaths.ALL, "/swagger-ui/**", OparlPaths.ALL)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .cors(cors -> cors.configurationSource(corsForReading()))
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource corsForReading() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.of("*"));
        cors.setAllowedMethods(List.of("GET", "HEAD"));
        cors.setAllowedHeaders(List.of("*"));
        cors.setExposedHeaders(List.of("ETag", "Retry-After", "X-RateLimit-Remaining"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(ApiPaths.ALL, cors);
        source.registerCorsConfiguration(OparlPaths.ALL, cors);
        return source;
    }

    // Before Spring Security, so that refused requests count too, and a flood is stopped before any work.
    @Bean
    FilterRegistrationBean<RateLimitFilter> apiRateLimit(
            @Value("${raadsplein.api.requests-per-minute:120}") int requestsPerMinute,
            MessageSource messages,
            JsonMapper json) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(requestsPerMinute, messages, json));
        registration.addUrlPatterns("/api/*", "/oparl/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/*", "/oparl/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor caching = new WebContentInterceptor();
        caching.addCacheMapping(
                CacheControl.maxAge(MAX_AGE).cachePublic(), ApiPaths.V1 + "/**", OparlPaths.ROOT + "/**");
        registry.addInterceptor(caching).addPathPatterns(ApiPaths.V1 + "/**", OparlPaths.ROOT + "/**");
    }
}
