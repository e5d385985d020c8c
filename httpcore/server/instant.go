package server

// instant is a point in time as Unix seconds and nanoseconds. The server
// keeps its clock and dates this way rather than as time.Time, so that the
// browser module can one day do without package time (see package
// httpdate); only the Now field and the sites' dates still arrive as
// time.Time, converted by instantOf.
type instant struct {
	sec  int64
	nsec int
}

// after reports whether t is later than u, as time.Time.After does.
func (t instant) after(u instant) bool {
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}
