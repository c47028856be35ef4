package org.opensar.engine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.opensar.engine.pack.DeliveryFormat;

/** The arguments of {@code bin/opensar package}. */
record PackageArguments(
        Path out, DeliveryFormat format, Optional<String> recordedDelivery, Optional<String> requesterEmail) {

    static final String USAGE = "usage: bin/opensar package OUT_DIR [--format pdf|zip] [--email REQUESTER_ADDRESS]"
            + " [--recorded-delivery REFERENCE]\n"
            + "       " + ReleaseArguments.USAGE.substring("usage: ".length());

    static PackageArguments parse(List<String> args) {
        Path out = null;
        DeliveryFormat format = DeliveryFormat.ENCRYPTED_PDF;
        String recorded = null;
        String email = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format")) {
                if (++i >= args.size()) {
                    throw new UsageException("--format needs pdf (the default) or zip");
                }
                try {
                    format = DeliveryFormat.of(args.get(i));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            } else if (arg.equals("--recorded-delivery")) {
                if (++i >= args.size() || args.get(i).isBlank()) {
                    throw new UsageException("--recorded-delivery needs the Royal Mail reference");
                }
                recorded = args.get(i).strip();
            } else if (arg.equals("--email")) {
                if (++i >= args.size() || !args.get(i).contains("@")) {
                    throw new UsageException("--email needs the requester's email address");
                }
                email = args.get(i).strip();
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            } else if (out != null) {
                throw new UsageException("one output folder at a time, not also " + arg);
            } else {
                out = Path.of(arg);
            }
        }
        if (out == null) {
            throw new UsageException("which folder? give the OUT_DIR that bin/opensar process wrote");
        }
        return new PackageArguments(out, format, Optional.ofNullable(recorded), Optional.ofNullable(email));
    }
}
