package dev.backload.app.config;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of Backload, shared by the command line (which runs without Spring)
 * and the web application, so that {@code backload triage} and {@code POST /api/v1/triage} write
 * the same bytes for the same input.
 */
public final class Json {
  private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

  private Json() {}

  /** The shared mapper for code outside Spring. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Applies Backload's settings: properties in declaration order (the order the specs show),
   * duplicate keys and unknown fields in input rejected.
   */
  public static <M extends MapperBuilder<?, ?>> M configure(M builder) {
    builder.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);
    builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    // Unknown fields in a request are an error naming the field, never silently dropped.
    builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return builder;
  }
}
