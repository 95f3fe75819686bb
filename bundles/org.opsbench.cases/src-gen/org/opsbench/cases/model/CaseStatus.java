/**
 */
package org.opsbench.cases.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Case Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a case stands. Which statuses pause the SLA clocks is set in the escalation plan.
 * <!-- end-model-doc -->
 * @see org.opsbench.cases.model.CasesPackage#getCaseStatus()
 * @model
 * @generated
 */
public enum CaseStatus implements Enumerator {
	/**
	 * The '<em><b>SUBMITTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Submitted
	 * <!-- end-model-doc -->
	 * @see #SUBMITTED_VALUE
	 * @generated
	 * @ordered
	 */
	SUBMITTED(0, "SUBMITTED", "submitted"),

	/**
	 * The '<em><b>ANALYSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Analysed
	 * <!-- end-model-doc -->
	 * @see #ANALYSED_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYSED(1, "ANALYSED", "analysed"),

	/**
	 * The '<em><b>CONFIRMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confirmed
	 * <!-- end-model-doc -->
	 * @see #CONFIRMED_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIRMED(2, "CONFIRMED", "confirmed"),

	/**
	 * The '<em><b>FIXING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixing
	 * <!-- end-model-doc -->
	 * @see #FIXING_VALUE
	 * @generated
	 * @ordered
	 */
	FIXING(3, "FIXING", "fixing"),

	/**
	 * The '<em><b>REPLIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Replied
	 * <!-- end-model-doc -->
	 * @see #REPLIED_VALUE
	 * @generated
	 * @ordered
	 */
	REPLIED(4, "REPLIED", "replied"),

	/**
	 * The '<em><b>WAITING FOR CUSTOMER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Waiting for the customer
	 * <!-- end-model-doc -->
	 * @see #WAITING_FOR_CUSTOMER_VALUE
	 * @generated
	 * @ordered
	 */
	WAITING_FOR_CUSTOMER(5, "WAITING_FOR_CUSTOMER", "waitingForCustomer"),

	/**
	 * The '<em><b>WAITING FOR PART</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Waiting for a spare part
	 * <!-- end-model-doc -->
	 * @see #WAITING_FOR_PART_VALUE
	 * @generated
	 * @ordered
	 */
	WAITING_FOR_PART(6, "WAITING_FOR_PART", "waitingForPart"),

	/**
	 * The '<em><b>CLOSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Closed
	 * <!-- end-model-doc -->
	 * @see #CLOSED_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSED(7, "CLOSED", "closed");

	/**
	 * The '<em><b>SUBMITTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Submitted
	 * <!-- end-model-doc -->
	 * @see #SUBMITTED
	 * @model literal="submitted"
	 * @generated
	 * @ordered
	 */
	public static final int SUBMITTED_VALUE = 0;

	/**
	 * The '<em><b>ANALYSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Analysed
	 * <!-- end-model-doc -->
	 * @see #ANALYSED
	 * @model literal="analysed"
	 * @generated
	 * @ordered
	 */
	public static final int ANALYSED_VALUE = 1;

	/**
	 * The '<em><b>CONFIRMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confirmed
	 * <!-- end-model-doc -->
	 * @see #CONFIRMED
	 * @model literal="confirmed"
	 * @generated
	 * @ordered
	 */
	public static final int CONFIRMED_VALUE = 2;

	/**
	 * The '<em><b>FIXING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixing
	 * <!-- end-model-doc -->
	 * @see #FIXING
	 * @model literal="fixing"
	 * @generated
	 * @ordered
	 */
	public static final int FIXING_VALUE = 3;

	/**
	 * The '<em><b>REPLIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Replied
	 * <!-- end-model-doc -->
	 * @see #REPLIED
	 * @model literal="replied"
	 * @generated
	 * @ordered
	 */
	public static final int REPLIED_VALUE = 4;

	/**
	 * The '<em><b>WAITING FOR CUSTOMER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Waiting for the customer
	 * <!-- end-model-doc -->
	 * @see #WAITING_FOR_CUSTOMER
	 * @model literal="waitingForCustomer"
	 * @generated
	 * @ordered
	 */
	public static final int WAITING_FOR_CUSTOMER_VALUE = 5;

	/**
	 * The '<em><b>WAITING FOR PART</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Waiting for a spare part
	 * <!-- end-model-doc -->
	 * @see #WAITING_FOR_PART
	 * @model literal="waitingForPart"
	 * @generated
	 * @ordered
	 */
	public static final int WAITING_FOR_PART_VALUE = 6;

	/**
	 * The '<em><b>CLOSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Closed
	 * <!-- end-model-doc -->
	 * @see #CLOSED
	 * @model literal="closed"
	 * @generated
	 * @ordered
	 */
	public static final int CLOSED_VALUE = 7;

	/**
	 * An array of all the '<em><b>Case Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CaseStatus[] VALUES_ARRAY =
		new CaseStatus[] {
			SUBMITTED,
			ANALYSED,
			CONFIRMED,
			FIXING,
			REPLIED,
			WAITING_FOR_CUSTOMER,
			WAITING_FOR_PART,
			CLOSED,
		};

	/**
	 * A public read-only list of all the '<em><b>Case Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CaseStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Case Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseStatus get(int value) {
		switch (value) {
			case SUBMITTED_VALUE: return SUBMITTED;
			case ANALYSED_VALUE: return ANALYSED;
			case CONFIRMED_VALUE: return CONFIRMED;
			case FIXING_VALUE: return FIXING;
			case REPLIED_VALUE: return REPLIED;
			case WAITING_FOR_CUSTOMER_VALUE: return WAITING_FOR_CUSTOMER;
			case WAITING_FOR_PART_VALUE: return WAITING_FOR_PART;
			case CLOSED_VALUE: return CLOSED;
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
	private CaseStatus(int value, String name, String literal) {
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
	
} //CaseStatus
