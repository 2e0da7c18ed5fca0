package dev.pincer.conformance.spec;

/** How strongly a requirement binds, in the sense of RFC 2119. */
public enum Level {
    /** An absolute requirement: failing it fails conformance. */
    MUST,
    /** Recommended: failing it is reported, but the integration still conforms. */
    SHOULD,
    /** Optional: checked only when the integration claims it. */
    MAY
}
