/**
 * Sharing results without sharing patients: the identifier policy (keep, pseudonymise, drop) with
 * keyed pseudonyms, applied to what the readers put into tables and cells, and a scanner that
 * finds values that look like identifiers in tables before a workflow is shared.
 */
package org.qmrinodes.core.privacy;
