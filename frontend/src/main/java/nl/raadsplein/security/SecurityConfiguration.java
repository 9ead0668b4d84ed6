package nl.raadsplein.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import nl.raadsplein.account.DeviceCookieService;
import nl.raadsplein.account.SessionService;
import nl.raadsplein.account.ui.LoginView;
import nl.raadsplein.ui.PageRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: Vaadin's view access control, form login on our own view, public health probes, the rest
 * of Actuator for administrators, sessions that end when they must (docs/adr/0016-sessions-that-end.md), login
 * throttling with device cookies (docs/adr/0022-login-throttling-with-device-cookies.md), and the
 * security headers. The Content-Security-Policy and why it is not stricter: docs/adr/0004-content-security-policy.md.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionService sessions,
            DeviceCookieService deviceCookies,
            Clock clock,
            @Value("${raadsplein.session.absolute-lifetime:PT12H}") Duration absoluteLifetime)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                .permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint())
                .hasRole("ADMIN")
                .requestMatchers("/styles/**", "/icons/**")
                .permitAll()
                .requestMatchers(PageRequests.unknownPage())
                .permitAll());
        http.headers(headers -> {
            headers.addObjectPostProcessor(writeHeadersEagerly());
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(
                            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                    .frameOptions(frame -> frame.deny())
                    .contentTypeOptions(contentType -> {})
                    .httpStrictTransportSecurity(
                            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
        });
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterBefore(new SessionValidityFilter(sessions, clock, absoluteLifetime), AuthorizationFilter.class);
        // Vaadin's configurer takes a success handler of its type from the shared objects instead of making its own.
        http.setSharedObject(
                VaadinSavedRequestAwareAuthenticationSuccessHandler.class, new DeviceCookie(deviceCookies));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        // After Vaadin's configurer, whose setup then reaches this form login before it is set up with the login view.
        http.formLogin(form -> form.authenticationDetailsSource(DeviceCookie::details));
        return http.build();
    }

    // Vaadin writes its bootstrap page without passing through the commit hook that lazy header writing
    // relies on; written up front, the headers reach every response.
    private static ObjectPostProcessor<HeaderWriterFilter> writeHeadersEagerly() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        };
    }
}
