/**
 */
package org.opsbench.notifications.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.opsbench.notifications.model.NotificationsPackage
 * @generated
 */
public interface NotificationsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NotificationsFactory eINSTANCE = org.opsbench.notifications.model.impl.NotificationsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Outbox Message</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outbox Message</em>'.
	 * @generated
	 */
	OutboxMessage createOutboxMessage();

	/**
	 * Returns a new object of class '<em>Delivery Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Delivery Settings</em>'.
	 * @generated
	 */
	DeliverySettings createDeliverySettings();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	NotificationsPackage getNotificationsPackage();

} //NotificationsFactory
