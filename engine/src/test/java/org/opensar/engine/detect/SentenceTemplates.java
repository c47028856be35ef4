package org.opensar.engine.detect;

import java.util.List;

/**
 * Case-note templates for the evaluation. TUNING was used while developing the recognizers; HELD_OUT was written
 * separately and is only ever measured, never tuned against. Slots in braces are filled per case; words in double
 * brackets are ordinary words (some also names) that must stay.
 */
enum SentenceTemplates {
    TUNING(List.of(
            "{S_FIRST} told me that {F_FIRST} had been round at the weekend.",
            "{M_TITLED} said {S_FIRST} could stay until Sunday.",
            "{ST_FULL} visited {S_FULL} at home; {REL} was present.",
            "Contact number for {M_FIRST}: {PHONE}.",
            "{S_FIRST} went to the park with {F_FULL}.",
            "{N_TITLED} from next door complained about the noise.",
            "We [[hope]] {S_FIRST} [[will]] settle in well.",
            "{P_FULL} has moved in with {M_FIRST}.",
            "{K_FULL} brought {S_FIRST} a birthday present.",
            "Address on file for {M_FULL}: {ADDRESS}, {POSTCODE}.",
            "{B_FULL} (DOB {DOB}) was also in the house.",
            "{PRO_TITLED} assessed {S_FIRST} in clinic.",
            "{F_FIRST} said that {S_FIRST} was upset.",
            "{M_POSS} phone was off, so I emailed {EMAIL}.",
            "{S_UPPER} - CHILD IN CARE REVIEW")),
    HELD_OUT(List.of(
            "During the visit {S_FIRST} talked about her friend {F_FIRST} from school.",
            "{F_FULL} is staying with the family for a few nights.",
            "I rang {M_TITLED} on {PHONE} but there was no answer.",
            "{M_FULL} (DOB {DOB}) attended the meeting with {P_FIRST}.",
            "{S_FIRST} said {REL} had been shouting at {P_FIRST} again.",
            "{ST_FIRST} explained the pathway plan to {S_FIRST} and gave her a copy.",
            "Her brother {B_FIRST} collected her from the station.",
            "{B_FULL} has been excluded from school, {M_FIRST} told me.",
            "New address for {P_FULL}: {ADDRESS}, {POSTCODE}.",
            "{S_FULL} (DOB {S_DOB}) is now 18 and living independently.",
            "We [[hope]] the move [[will]] help; {S_FIRST} was pleased.",
            "{K_FIRST} has agreed to have {S_FIRST} for tea on Sundays.",
            "{N_TITLED} called the police after hearing an argument.",
            "{PRO_TITLED} wrote to {ST_FULL} about the assessment.",
            "Please send the letter to {EMAIL} as {M_FIRST} has moved.",
            "{F_FIRST} and her mum came to the contact session.",
            "I spoke with {REL} by phone; {REL} was calm.",
            "{P_FIRST} drives a silver car, registration {REG}.",
            "{M_POSS} bank details: sort code {SORT}, account {ACCOUNT}.",
            "NHS number for {B_FIRST}: {NHS}. NI number {NINO}.",
            "{S_FIRST} stayed over at {F_POSS} house without telling anyone.",
            "Text from {F_FULL} on {PHONE} asking where {S_FIRST} was.",
            "{ST_FULL} and {K_FULL} discussed contact arrangements.",
            "{M_UPPER} DID NOT ATTEND.",
            "Sibling contact: {B_FULL}, {ADDRESS}.",
            "It was agreed that {REL} would [[mark]] the calendar.",
            "{S_FIRST} says she misses {F_FIRST} and wants to see her.",
            "Foster carer reported that {F_FULL} had visited twice.",
            "{P_FULL} was present and did not speak.",
            "{N_TITLED} gave a statement about what she saw.")),
    /** Written after the first held-out run had been looked at, with its own name pool; measured only. */
    SECOND_HELD_OUT(List.of(
            "{S_FIRST} has been spending a lot of time at {F_POSS} flat.",
            "Telephone call from {M_FULL} ({PHONE}) asking for an update.",
            "{F_FULL} and {S_FIRST} were seen together in town by {ST_FIRST}.",
            "{S_FIRST}'s half-brother {B_FIRST} is now in year 9.",
            "Contact with {REL} took place at the family centre; {REL} brought snacks.",
            "{P_FIRST} became angry when {ST_FULL} asked about the bruise.",
            "{K_FULL} is happy to continue supporting {S_FIRST}.",
            "{M_TITLED} has asked that her new address ({ADDRESS}, {POSTCODE}) is not shared.",
            "I [[hope]] we [[will]] be able to meet again soon.",
            "{B_FULL}, DOB {DOB}, lives with his father.",
            "{N_TITLED} reported seeing {P_FULL} outside the house late at night.",
            "{S_FULL} asked to see her file.",
            "{F_FIRST} phoned {S_FIRST} several times during the evening.",
            "Referral received from {PRO_TITLED} regarding {S_FIRST}.",
            "The van was registered to {P_FULL}, {REG}.",
            "Payment to {M_FULL}, sort code {SORT}, account number {ACCOUNT}.",
            "{S_FIRST} stayed with {F_FULL} over half term.",
            "{M_FIRST} would not let {ST_FIRST} into the house.",
            "Email from {EMAIL} received and forwarded to {ST_FULL}.",
            "{S_UPPER} - PATHWAY PLAN REVIEW - {ST_FULL}",
            "{P_POSS} NI number is {NINO} and his NHS number is {NHS}.",
            "{S_FIRST} and {B_FIRST} argued about the television.",
            "Her boyfriend {F_FIRST} was asked to leave.",
            "Discussed {S_POSS} wish to move closer to {K_FIRST}.")),
    /** Written after two general fixes prompted by the second run, with a third name pool; measured only. */
    THIRD_HELD_OUT(List.of(
            "{S_FIRST} was collected from school by {F_FULL}.",
            "{M_FULL} was not at home when I called; a neighbour, {N_TITLED}, took a message.",
            "Spoke to {P_FIRST} on {PHONE} to arrange the visit.",
            "{S_FIRST} told {ST_FIRST} that she feels safe with {K_FIRST}.",
            "According to {F_FIRST}, {S_FIRST} had not eaten all day.",
            "{B_FIRST} and {F_FIRST} were playing football outside.",
            "Present: {ST_FULL}, {S_FULL}, {M_TITLED}, {PRO_TITLED}.",
            "{M_POSS} new partner, {P_FULL}, was in the kitchen.",
            "{S_FIRST} showed me messages from {F_FULL}.",
            "The car outside, {REG}, belongs to {P_FIRST}.",
            "{B_FULL} was born on {DOB}.",
            "{K_FULL} rang to say {S_FIRST} arrived safely.",
            "Letter sent to {M_TITLED} at {ADDRESS}, {POSTCODE}.",
            "We [[hope]] that {S_FIRST} [[will]] keep in touch with {REL}.",
            "{F_FULL} ({EMAIL}) has offered to help.",
            "{S_FIRST} asked whether {B_FIRST} could come to the review.",
            "Update from {PRO_TITLED}: {S_FIRST} is doing well.",
            "{N_TITLED} says the police have been called twice this month.",
            "{M_UPPER} - NO ANSWER AT DOOR",
            "Visit with {S_FIRST} and {REL} at {F_POSS} house."));

    private final List<String> templates;

    SentenceTemplates(List<String> templates) {
        this.templates = templates;
    }

    List<String> templates() {
        return templates;
    }
}
