// gradplay's stand-in for the Liberation font module (see README.md here).
module codeberg.org/go-fonts/liberation

go 1.23.0

require github.com/go-fonts/liberation v0.3.3
