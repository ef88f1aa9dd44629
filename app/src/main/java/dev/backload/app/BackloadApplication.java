package dev.backload.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Backload web application: pages, REST API and persistence. Started by {@code backload serve}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BackloadApplication {

  public static void main(String[] args) {
    SpringApplication.run(BackloadApplication.class, args);
  }
}
