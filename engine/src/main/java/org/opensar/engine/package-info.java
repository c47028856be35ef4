/** The disclosure engine: a pipeline of small stages over immutable records. No Spring in here. */
package org.opensar.engine;
