package org.opensar.server.notify;

import java.util.Optional;
import org.opensar.server.casework.CaseReference;

/**
 * How the requester opens what was released to them, for the "response ready" email: given by the module that
 * releases (review), so this module needs to know nothing of packages.
 */
public interface PackageInstructions {

    /** In plain words, how to open the package released for this request; empty when nothing was packaged. */
    Optional<String> howToOpen(CaseReference reference);
}
