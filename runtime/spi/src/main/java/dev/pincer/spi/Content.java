package dev.pincer.spi;

import java.util.Objects;

/** What an inbound message carries. */
public sealed interface Content {

    /** A text message. */
    record Text(String text) implements Content {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A new text for a message sent earlier. */
    record Edited(String originalMessageId, String text) implements Content {
        public Edited {
            Checks.notBlank(originalMessageId, "originalMessageId");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Something the channel does not translate, such as a photo or a sticker.
     *
     * @param kind the platform's name for it, for example {@code "photo"}
     * @param caption any text that came with it; may be empty, never null
     */
    record Unsupported(String kind, String caption) implements Content {
        public Unsupported {
            Checks.notBlank(kind, "kind");
            Objects.requireNonNull(caption, "caption");
        }
    }
}
