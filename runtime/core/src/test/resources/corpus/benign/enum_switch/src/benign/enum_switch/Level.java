package benign.enum_switch;

public enum Level {
    DEBUG, INFO, WARN;
}
