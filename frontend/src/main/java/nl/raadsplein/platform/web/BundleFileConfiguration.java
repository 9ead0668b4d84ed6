package nl.raadsplein.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link BundleFileFilter} in front of every other filter, for the bundle's path only. */
@Configuration(proxyBeanMethods = false)
class BundleFileConfiguration {

    @Bean
    FilterRegistrationBean<BundleFileFilter> bundleFiles() {
        FilterRegistrationBean<BundleFileFilter> registration = new FilterRegistrationBean<>(
                new BundleFileFilter(BundleFileFilter.class.getClassLoader(), BundleFileFilter.BUNDLE));
        registration.addUrlPatterns(BundleFileFilter.PATH + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
