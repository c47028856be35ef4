package org.opensar.server.review;

/**
 * This server process among the nodes sharing the database: the host name and a random suffix, new at every start,
 * so a restarted node never mistakes its dead predecessor's document claims for its own.
 */
record NodeName(String value) {}
