package dev.embargo.server.ops;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses (421) a request whose {@code Host} is not one the server answers to ({@link AllowedHosts}), before
 * anything else is done with it, its body included.
 */
public final class HostCheck extends Handler.Wrapper {
    private final AllowedHosts hosts;

    public HostCheck(AllowedHosts hosts) {
        this.hosts = hosts;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (!hosts.allows(host)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Response.writeError(
                    request,
                    response,
                    callback,
                    421,
                    "this server does not answer to the name \"" + host
                            + "\" (serve --allowed-hosts lists the names it answers to)");
            return true;
        }
        return super.handle(request, response, callback);
    }
}
