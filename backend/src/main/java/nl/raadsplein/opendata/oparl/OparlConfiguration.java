package nl.raadsplein.opendata.oparl;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OparlProperties.class)
class OparlConfiguration {}
