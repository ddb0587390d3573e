package dev.timeline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/** The one place that configures Jackson for this project. */
public final class Json {

    /** Strict JSON: no comments, no trailing commas, duplicate keys detected by the readers themselves. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(10_000_000)
                    .maxNestingDepth(64)
                    .build())
            .build();

    private Json() {
    }
}
