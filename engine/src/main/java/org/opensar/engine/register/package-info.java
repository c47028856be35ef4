/**
 * The people register of a case: who is who in the file, proposed by the engine from the documents themselves
 * (authors, workers, signature blocks, e-mail headers, attendee lists, family sections, relationship phrases,
 * professional titles), from the request (the names the requester gave) and from the council (its staff
 * directory), and confirmed by an officer. Detection reads it as a case description
 * ({@link org.opensar.engine.register.PeopleRegister#describe}).
 */
package org.opensar.engine.register;
