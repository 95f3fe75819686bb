/**
 */
package org.opsbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Industry</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Sector a customer belongs to.
 * <!-- end-model-doc -->
 * @see org.opsbench.model.OpsPackage#getIndustry()
 * @model
 * @generated
 */
public enum Industry implements Enumerator {
	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Government.
	 * <!-- end-model-doc -->
	 * @see #GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT(0, "GOVERNMENT", "government"),

	/**
	 * The '<em><b>FINANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Banking, insurance, securities.
	 * <!-- end-model-doc -->
	 * @see #FINANCE_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCE(1, "FINANCE", "finance"),

	/**
	 * The '<em><b>ENERGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Power, oil and gas.
	 * <!-- end-model-doc -->
	 * @see #ENERGY_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY(2, "ENERGY", "energy"),

	/**
	 * The '<em><b>EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Schools and universities.
	 * <!-- end-model-doc -->
	 * @see #EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION(3, "EDUCATION", "education"),

	/**
	 * The '<em><b>MANUFACTURING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manufacturing.
	 * <!-- end-model-doc -->
	 * @see #MANUFACTURING_VALUE
	 * @generated
	 * @ordered
	 */
	MANUFACTURING(4, "MANUFACTURING", "manufacturing"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other sector.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "other");

	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Government.
	 * <!-- end-model-doc -->
	 * @see #GOVERNMENT
	 * @model literal="government"
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_VALUE = 0;

	/**
	 * The '<em><b>FINANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Banking, insurance, securities.
	 * <!-- end-model-doc -->
	 * @see #FINANCE
	 * @model literal="finance"
	 * @generated
	 * @ordered
	 */
	public static final int FINANCE_VALUE = 1;

	/**
	 * The '<em><b>ENERGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Power, oil and gas.
	 * <!-- end-model-doc -->
	 * @see #ENERGY
	 * @model literal="energy"
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_VALUE = 2;

	/**
	 * The '<em><b>EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Schools and universities.
	 * <!-- end-model-doc -->
	 * @see #EDUCATION
	 * @model literal="education"
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_VALUE = 3;

	/**
	 * The '<em><b>MANUFACTURING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manufacturing.
	 * <!-- end-model-doc -->
	 * @see #MANUFACTURING
	 * @model literal="manufacturing"
	 * @generated
	 * @ordered
	 */
	public static final int MANUFACTURING_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other sector.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Industry</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Industry[] VALUES_ARRAY =
		new Industry[] {
			GOVERNMENT,
			FINANCE,
			ENERGY,
			EDUCATION,
			MANUFACTURING,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Industry</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Industry> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Industry</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Industry get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Industry result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Industry</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Industry getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Industry result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Industry</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Industry get(int value) {
		switch (value) {
			case GOVERNMENT_VALUE: return GOVERNMENT;
			case FINANCE_VALUE: return FINANCE;
			case ENERGY_VALUE: return ENERGY;
			case EDUCATION_VALUE: return EDUCATION;
			case MANUFACTURING_VALUE: return MANUFACTURING;
			case OTHER_VALUE: return OTHER;
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
	private Industry(int value, String name, String literal) {
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
	
} //Industry
