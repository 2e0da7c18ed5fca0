package dev.pincer.conformance;

/** The verdict on one requirement. */
public enum Status {
    /** At least one check proved the requirement and none failed it. */
    PASS,
    /** A check observed the integration break the requirement. */
    FAIL,
    /** No check ran for the requirement. */
    NOT_TESTED
}
