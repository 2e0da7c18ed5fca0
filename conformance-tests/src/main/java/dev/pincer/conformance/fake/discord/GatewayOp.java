package dev.pincer.conformance.fake.discord;

/** Gateway opcodes, as Discord numbers them. */
public final class GatewayOp {
    public static final int DISPATCH = 0;
    public static final int HEARTBEAT = 1;
    public static final int IDENTIFY = 2;
    public static final int RESUME = 6;
    public static final int RECONNECT = 7;
    public static final int INVALID_SESSION = 9;
    public static final int HELLO = 10;
    public static final int HEARTBEAT_ACK = 11;

    /** GUILD_MESSAGES (1 << 9), DIRECT_MESSAGES (1 << 12) and MESSAGE_CONTENT (1 << 15). */
    public static final long MESSAGE_INTENTS = (1L << 9) | (1L << 12) | (1L << 15);
    public static final long MESSAGE_CONTENT = 1L << 15;

    private GatewayOp() {}
}
