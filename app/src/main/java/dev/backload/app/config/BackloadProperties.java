package dev.backload.app.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of a Backload server, bound from {@code backload.*}.
 *
 * @param dataDir where the embedded database lives ({@code ~/.backload} by default)
 * @param demo whether to create the demo lifter account at start-up
 */
@ConfigurationProperties("backload")
public record BackloadProperties(Path dataDir, boolean demo) {}
