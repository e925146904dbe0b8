package org.safar.benchmark.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Camunda 7 Spring Boot application with nothing of its own: what the starters alone cost. */
@SpringBootApplication
public class BareStarterApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareStarterApplication.class, args);
    }
}
