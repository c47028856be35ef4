package org.opensar.server.council;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.opensar.engine.render.CoveringLetter;

/**
 * Who the council is to its requesters: its name, how to reach its information governance (IG) team and its leaving
 * care team, and who signs the covering letter. Out of the box these are a neutral example council's, which reach
 * nobody ({@link #EXAMPLE}); an administrator sets the council's own.
 *
 * @param igAddress the IG team's postal address, one line per line of the envelope
 */
public record CouncilDetails(
        String councilName,
        String igEmail,
        String igPhone,
        String igAddress,
        String leavingCareEmail,
        String leavingCarePhone,
        String signerName,
        String signerRole) {

    /**
     * The example council: addresses under the reserved {@code .example} domain and Ofcom's telephone numbers for
     * drama (01632 960xxx), so nothing sent with them reaches anyone. The engine's default letter uses the same.
     */
    public static final CouncilDetails EXAMPLE = new CouncilDetails(
            "Example Council",
            "information.governance@council.example",
            "01632 960000",
            "Information Governance Team\nExample Council\nTown Hall\nExample Street\nExampletown",
            "leaving.care@council.example",
            "01632 960001",
            "Alex Example",
            "Information Governance Officer");

    public CouncilDetails {
        councilName = tidy(councilName);
        igEmail = tidy(igEmail);
        igPhone = tidy(igPhone);
        igAddress = igAddress == null ? "" : igAddress.strip().replace("\r\n", "\n");
        leavingCareEmail = tidy(leavingCareEmail);
        leavingCarePhone = tidy(leavingCarePhone);
        signerName = tidy(signerName);
        signerRole = tidy(signerRole);
    }

    /** These details with the leaving care team's contacts replaced where given (OPENSAR_LEAVING_CARE_*). */
    CouncilDetails withLeavingCare(String email, String phone) {
        return new CouncilDetails(
                councilName,
                igEmail,
                igPhone,
                igAddress,
                email == null || email.isBlank() ? leavingCareEmail : email,
                phone == null || phone.isBlank() ? leavingCarePhone : phone,
                signerName,
                signerRole);
    }

    /** The postal address on one line, as a sentence prints it. */
    public String igAddressOnOneLine() {
        return Arrays.stream(igAddress.split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining(", "));
    }

    /**
     * The covering letter's texts ({@code texts}: the council's letter file or the default one) as this council
     * sends them: its name, its teams' contacts and its signature.
     */
    public CoveringLetter letter(CoveringLetter texts) {
        String contact = "Information Governance Team, " + councilName + ": " + igAddressOnOneLine() + ". Telephone "
                + igPhone + ". Email " + igEmail + ". Leaving care duty team: telephone " + leavingCarePhone
                + ", email " + leavingCareEmail + ".";
        return texts.forCouncil(councilName, contact, new CoveringLetter.Signature(signerName, signerRole));
    }

    private static String tidy(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }
}
