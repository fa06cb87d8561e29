package dev.limber.program;

/**
 * One routine a program asks for, so many times a day or a week.
 *
 * @param routine the routine's id
 * @param period  whether {@code times} is per day or per week (weeks start on Monday)
 * @param times   how many times: {@code 2}, or {@code 2-3} for at least two and up to three
 */
public record Item(String routine, Period period, Times times) {
}
