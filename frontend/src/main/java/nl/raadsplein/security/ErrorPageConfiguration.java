package nl.raadsplein.security;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ErrorPageConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainTomcatErrorPage() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(PlainErrorReportValve.class.getName());
            }
        });
    }
}
