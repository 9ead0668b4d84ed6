package nl.raadsplein.opendata;

import java.time.Instant;

/** A bundle not (yet) ready: being prepared, with its progress in percent, or failed. */
public record BundlePreparation(BundleStatus status, int progress, Instant requestedAt) {}
