/**
 */
package org.opsbench.topology.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Range Purpose</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a range of the IP address plan is for.
 * <!-- end-model-doc -->
 * @see org.opsbench.topology.model.TopologyPackage#getRangePurpose()
 * @model
 * @generated
 */
public enum RangePurpose implements Enumerator {
	/**
	 * The '<em><b>USABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The whole usable range of the project
	 * <!-- end-model-doc -->
	 * @see #USABLE_VALUE
	 * @generated
	 * @ordered
	 */
	USABLE(0, "USABLE", "usable"),

	/**
	 * The '<em><b>CENTRAL LAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Central LAN
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_LAN_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRAL_LAN(1, "CENTRAL_LAN", "centralLan"),

	/**
	 * The '<em><b>WAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WAN links
	 * <!-- end-model-doc -->
	 * @see #WAN_VALUE
	 * @generated
	 * @ordered
	 */
	WAN(2, "WAN", "wan"),

	/**
	 * The '<em><b>REMOTE SITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote sites
	 * <!-- end-model-doc -->
	 * @see #REMOTE_SITE_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_SITE(3, "REMOTE_SITE", "remoteSite"),

	/**
	 * The '<em><b>SPARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spare, kept free
	 * <!-- end-model-doc -->
	 * @see #SPARE_VALUE
	 * @generated
	 * @ordered
	 */
	SPARE(4, "SPARE", "spare");

	/**
	 * The '<em><b>USABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The whole usable range of the project
	 * <!-- end-model-doc -->
	 * @see #USABLE
	 * @model literal="usable"
	 * @generated
	 * @ordered
	 */
	public static final int USABLE_VALUE = 0;

	/**
	 * The '<em><b>CENTRAL LAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Central LAN
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_LAN
	 * @model literal="centralLan"
	 * @generated
	 * @ordered
	 */
	public static final int CENTRAL_LAN_VALUE = 1;

	/**
	 * The '<em><b>WAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WAN links
	 * <!-- end-model-doc -->
	 * @see #WAN
	 * @model literal="wan"
	 * @generated
	 * @ordered
	 */
	public static final int WAN_VALUE = 2;

	/**
	 * The '<em><b>REMOTE SITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote sites
	 * <!-- end-model-doc -->
	 * @see #REMOTE_SITE
	 * @model literal="remoteSite"
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_SITE_VALUE = 3;

	/**
	 * The '<em><b>SPARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spare, kept free
	 * <!-- end-model-doc -->
	 * @see #SPARE
	 * @model literal="spare"
	 * @generated
	 * @ordered
	 */
	public static final int SPARE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Range Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RangePurpose[] VALUES_ARRAY =
		new RangePurpose[] {
			USABLE,
			CENTRAL_LAN,
			WAN,
			REMOTE_SITE,
			SPARE,
		};

	/**
	 * A public read-only list of all the '<em><b>Range Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RangePurpose> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Range Purpose</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RangePurpose get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RangePurpose result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Range Purpose</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RangePurpose getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RangePurpose result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Range Purpose</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RangePurpose get(int value) {
		switch (value) {
			case USABLE_VALUE: return USABLE;
			case CENTRAL_LAN_VALUE: return CENTRAL_LAN;
			case WAN_VALUE: return WAN;
			case REMOTE_SITE_VALUE: return REMOTE_SITE;
			case SPARE_VALUE: return SPARE;
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
	private RangePurpose(int value, String name, String literal) {
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
	
} //RangePurpose
