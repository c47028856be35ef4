package org.opensar.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The OpenSAR server: intake, casework, clocks, review, audit. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpenSarApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenSarApplication.class, args);
    }
}
