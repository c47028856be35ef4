package org.opensar.server.review;

import org.opensar.engine.register.RegisteredPerson;

/** One person of a case file's register as the workbench stores and shows them. */
record CasePerson(long id, RegisteredPerson person) {}
