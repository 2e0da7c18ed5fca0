// residual: catastrophic backtracking burns CPU with allowed java.util.regex
package residual.regex_backtracking;

import dev.pincer.spi.*;
import java.net.URI;
import java.time.Duration;

public final class Abuse {
    boolean run() {
        return java.util.regex.Pattern.compile("(a+)+$").matcher("a".repeat(64) + "!").matches();
    }
}
