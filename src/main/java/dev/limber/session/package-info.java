@NullMarked
package dev.limber.session;

import org.jspecify.annotations.NullMarked;
