package org.opensar.server.identity;

/** Whether the requester asks about themselves or on behalf of someone else. */
public enum RequesterRole {
    /** The requester is the person the data is about. */
    DATA_SUBJECT,
    /** The requester acts for the data subject: a parent, attorney, deputy or someone with consent. */
    ACTING_FOR_DATA_SUBJECT
}
