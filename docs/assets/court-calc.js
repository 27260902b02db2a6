/* The browser runtime of the calculators: see README. */
