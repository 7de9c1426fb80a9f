package io.renshe.catalog.rest.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client that closes its connection while its answer is written (a closed browser tab, a load balancer's time-out)
 * is not an error of the platform: the rest of the answer is dropped and one debug line says so, instead of the
 * runtime's error lines with a stack trace.
 */
@Component(service = WriterInterceptor.class)
@JaxrsExtension
@JaxrsName("renshe.client-gone")
public final class ClientGoneGuard implements WriterInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ClientGoneGuard.class);

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Guarded guarded = new Guarded(context.getOutputStream());
        context.setOutputStream(guarded);
        context.proceed();
        // the answer ends here, inside the guard: its last buffered bytes go out now, not when the runtime closes
        // the stream after this interceptor, where a client gone meanwhile would be logged as a failed exchange
        guarded.close();
    }

    /** Drops what is written once the client is gone; rethrows every other error. */
    static final class Guarded extends FilterOutputStream {
        private boolean gone;

        Guarded(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (!gone) {
                try {
                    out.write(b);
                } catch (IOException e) {
                    dropped(e);
                }
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!gone) {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    dropped(e);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (!gone) {
                try {
                    out.flush();
                } catch (IOException e) {
                    dropped(e);
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (!gone) {
                try {
                    out.close();
                } catch (IOException e) {
                    dropped(e);
                }
            }
        }

        boolean gone() {
            return gone;
        }

        private void dropped(IOException e) throws IOException {
            if (!ClientGone.is(e)) {
                throw e;
            }
            gone = true;
            LOG.debug("The client closed the connection; the rest of its answer is dropped ({})", e.toString());
        }
    }
}
