package org.opsbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opsbench.core.security.PasswordHasher;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(10_000);

    @Test
    void aPasswordMatchesItsHashAndNothingElse() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertTrue(hasher.matches("correct horse".toCharArray(), hash));
        assertFalse(hasher.matches("correct horsE".toCharArray(), hash));
        assertFalse(hash.contains("correct horse"));
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(hasher.hash("s3cret-pass".toCharArray()), hasher.hash("s3cret-pass".toCharArray()));
    }

    @Test
    void theStoredFormKeepsItsOwnIterationCount() {
        String older = new PasswordHasher(5_000).hash("s3cret-pass".toCharArray());
        assertTrue(older.startsWith("pbkdf2-sha256$5000$"));
        assertTrue(new PasswordHasher().matches("s3cret-pass".toCharArray(), older), "raising the cost keeps old hashes valid");
        assertTrue(new PasswordHasher().hash("x".toCharArray()).startsWith("pbkdf2-sha256$" + PasswordHasher.DEFAULT_ITERATIONS + "$"));
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertFalse(hasher.matches("x".toCharArray(), "plain-text"));
        assertFalse(hasher.matches("x".toCharArray(), "pbkdf2-sha256$abc$$"));
        assertFalse(hasher.matches("x".toCharArray(), null));
    }
}
