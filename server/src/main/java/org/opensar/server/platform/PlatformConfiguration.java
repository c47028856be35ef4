package org.opensar.server.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time for the whole server: the council works in UK time, so dates of receipt are UK dates. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(UK);
    }
}
