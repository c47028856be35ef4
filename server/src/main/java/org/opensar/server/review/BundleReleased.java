package org.opensar.server.review;

import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.DisclosureReleased;
import org.opensar.server.staff.Actor;

/**
 * The disclosure bundle was sealed and released to the requester: casework closes the request, and the audit log
 * records what went out.
 */
public record BundleReleased(CaseReference request, Actor by, Package payload)
        implements DisclosureReleased, RequestAudited {

    /** What went out, as the audit log keeps it. */
    public record Package(int pages, int redactions, String packageSha256, String delivery) {}

    static BundleReleased of(CaseReference request, Actor by, ReleaseRecord record) {
        return new BundleReleased(
                request,
                by,
                new Package(record.bundlePages(), record.redactions(), record.packageSha256(), record.delivery()));
    }

    @Override
    public String action() {
        return "BUNDLE_RELEASED";
    }
}
