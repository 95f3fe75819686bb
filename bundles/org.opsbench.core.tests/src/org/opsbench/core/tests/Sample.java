package org.opsbench.core.tests;

/** What the contributions to this bundle's test extension point are made into. */
public class Sample {
}
