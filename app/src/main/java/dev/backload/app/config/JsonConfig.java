package dev.backload.app.config;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Gives the web application's JSON mapper the same settings as the command line's. */
@Configuration
class JsonConfig {
  @Bean
  JsonMapperBuilderCustomizer backloadJson() {
    return Json::configure;
  }
}
