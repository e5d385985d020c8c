package httpdate

// Dates are turned into Unix seconds and back with the arithmetic of the
// proleptic Gregorian calendar.

// daysFromCivil is the number of days from 1970-01-01 to year-month-day
// (month 1 to 12), negative before it.
func daysFromCivil(year, month, day int) int64 {
	y := int64(year)
	if month <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                                    // year of the era, 0 to 399
	doy := (153*int64((month+9)%12)+2)/5 + int64(day) - 1 // day of the year from March 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy                // day of the era
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(days int64) (year, month, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	month = int(mp + 3)
	if month > 12 {
		month -= 12
	}
	year = int(yoe + era*400)
	if month <= 2 {
		year++
	}
	return year, month, day
}

// floorDiv divides rounding toward minus infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// Weekday is the day of the week of year-month-day (month 1 to 12), 0 for
// Sunday as in time.Weekday.
func Weekday(year, month, day int) int {
	return int((daysFromCivil(year, month, day)%7 + 11) % 7) // 1970-01-01 was a Thursday
}

// unixSeconds is the Unix time of a date and time of day that are known to
// be valid (the seconds may be shifted by a zone offset).
func unixSeconds(year, month, day, hour, min, sec int) int64 {
	return daysFromCivil(year, month, day)*86400 + int64(hour*3600+min*60+sec)
}

// civil splits the instant sec (Unix seconds) into its date, time of day and
// day of the week, in UTC.
func civil(s int64) (year, month, day, hour, min, sec, weekday int) {
	days := floorDiv(s, 86400)
	rem := int(s - days*86400)
	year, month, day = civilFromDays(days)
	weekday = int((days%7 + 11) % 7) // 1970-01-01 was a Thursday
	return year, month, day, rem / 3600, rem / 60 % 60, rem % 60, weekday
}
