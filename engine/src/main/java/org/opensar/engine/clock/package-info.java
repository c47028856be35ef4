/**
 * The statutory clocks: when a subject access request, an FOI or EIR request, a breach notification
 * and a personal CCTV request are due, each with its explanation in plain English (rules.md §2, §3).
 */
package org.opensar.engine.clock;
