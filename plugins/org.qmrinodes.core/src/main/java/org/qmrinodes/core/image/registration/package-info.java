/**
 * Rigid registration of one volume to another (echoes of a series to the first, a post-contrast map
 * to its pre-contrast map): {@link org.qmrinodes.core.image.registration.RigidRegistration} finds the
 * {@link org.qmrinodes.core.image.registration.RigidTransform} (ITK's Euler3DTransform) that maps
 * fixed-image points onto the moving image, by Mattes mutual information or correlation over a
 * multi-resolution pyramid, optimised by BOBYQA.
 */
package org.qmrinodes.core.image.registration;
