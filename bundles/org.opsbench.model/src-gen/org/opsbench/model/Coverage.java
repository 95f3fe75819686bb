/**
 */
package org.opsbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Coverage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Hours during which a contract entitles the customer to service.
 * <!-- end-model-doc -->
 * @see org.opsbench.model.OpsPackage#getCoverage()
 * @model
 * @generated
 */
public enum Coverage implements Enumerator {
	/**
	 * The '<em><b>FIVE BY EIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working days, business hours (the calendar's working hours).
	 * <!-- end-model-doc -->
	 * @see #FIVE_BY_EIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	FIVE_BY_EIGHT(0, "FIVE_BY_EIGHT", "5x8"),

	/**
	 * The '<em><b>SEVEN BY TWENTY FOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every day, around the clock.
	 * <!-- end-model-doc -->
	 * @see #SEVEN_BY_TWENTY_FOUR_VALUE
	 * @generated
	 * @ordered
	 */
	SEVEN_BY_TWENTY_FOUR(1, "SEVEN_BY_TWENTY_FOUR", "7x24");

	/**
	 * The '<em><b>FIVE BY EIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working days, business hours (the calendar's working hours).
	 * <!-- end-model-doc -->
	 * @see #FIVE_BY_EIGHT
	 * @model literal="5x8"
	 * @generated
	 * @ordered
	 */
	public static final int FIVE_BY_EIGHT_VALUE = 0;

	/**
	 * The '<em><b>SEVEN BY TWENTY FOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every day, around the clock.
	 * <!-- end-model-doc -->
	 * @see #SEVEN_BY_TWENTY_FOUR
	 * @model literal="7x24"
	 * @generated
	 * @ordered
	 */
	public static final int SEVEN_BY_TWENTY_FOUR_VALUE = 1;

	/**
	 * An array of all the '<em><b>Coverage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Coverage[] VALUES_ARRAY =
		new Coverage[] {
			FIVE_BY_EIGHT,
			SEVEN_BY_TWENTY_FOUR,
		};

	/**
	 * A public read-only list of all the '<em><b>Coverage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Coverage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Coverage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Coverage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Coverage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Coverage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Coverage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Coverage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Coverage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Coverage get(int value) {
		switch (value) {
			case FIVE_BY_EIGHT_VALUE: return FIVE_BY_EIGHT;
			case SEVEN_BY_TWENTY_FOUR_VALUE: return SEVEN_BY_TWENTY_FOUR;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Coverage(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Coverage
