package org.safar;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class SafarApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafarApplication.class, args);
    }

    /** The domain's clock; tests that move time replace it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
