package api

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"

	"github.com/gradplay/gradplay/web/state"
)

// A value is what crosses the JavaScript boundary, in plain Go: nil
// (undefined and null), float64 (a number, NaN and ±Inf kept), bool,
// string, []float64 (a Float64Array, bit for bit), []byte (a Uint8Array),
// []any (an Array) and map[string]any (an Object). The adapter converts
// js.Value to and from these, and nothing else; Value and Decode convert
// these to and from the request and response structs of this package.

// Value converts v, a response, into a value: structs become objects keyed
// by their fields' JSON names (honouring "-" and omitempty), maps with
// string keys objects, slices arrays (but []float64 stays a Float64Array
// and []byte a Uint8Array), numbers float64, nil pointers, maps and slices
// nil.
func Value(v any) any {
	if v == nil {
		return nil
	}
	return value(reflect.ValueOf(v))
}

func value(v reflect.Value) any {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return value(v.Elem())
	case reflect.Bool:
		return v.Bool()
	case reflect.String:
		return v.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return float64(v.Uint())
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.Slice:
		if v.IsNil() {
			return nil
		}
		switch s := v.Interface().(type) {
		case []float64:
			return s
		case []byte:
			return s
		}
		fallthrough
	case reflect.Array:
		out := make([]any, v.Len())
		for i := range out {
			out[i] = value(v.Index(i))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		out := make(map[string]any, v.Len())
		for it := v.MapRange(); it.Next(); {
			out[fmt.Sprint(it.Key().Interface())] = value(it.Value())
		}
		return out
	case reflect.Struct:
		out := map[string]any{}
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			name, omit, ok := jsonName(f)
			if !ok {
				continue
			}
			fv := v.Field(i)
			if omit && fv.IsZero() {
				continue
			}
			if f.Anonymous && f.Type.Kind() == reflect.Struct && f.Tag.Get("json") == "" {
				for k, x := range value(fv).(map[string]any) {
					out[k] = x
				}
				continue
			}
			out[name] = value(fv)
		}
		return out
	}
	panic("api: cannot convert a " + v.Type().String())
}

// jsonName returns the JSON name of a struct field, whether it has
// omitempty, and whether it is converted at all.
func jsonName(f reflect.StructField) (name string, omit, ok bool) {
	if !f.IsExported() {
		return "", false, false
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return "", false, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	return name, slices.Contains(strings.Split(opts, ","), "omitempty"), true
}

// Decode fills dst, a pointer to a request (struct, map, slice or plain
// type), from v, a value, by the fields' JSON names. A field of type any
// takes v as it is; a []float64 takes a Float64Array or an array of
// numbers; an int takes a number holding a whole number. Properties dst
// has no field for are ignored, as encoding/json ignores them. what names
// the argument in messages ("setState: the state"). Mismatches are
// *state.ArgError with CodeInvalidArgument.
func Decode(v any, dst any, what string) error {
	p := reflect.ValueOf(dst)
	if p.Kind() != reflect.Pointer || p.IsNil() {
		panic("api: Decode needs a non-nil pointer")
	}
	return decode(v, p.Elem(), what)
}

func decode(v any, dst reflect.Value, path string) error {
	if dst.Kind() == reflect.Interface && dst.NumMethod() == 0 {
		if v != nil {
			dst.Set(reflect.ValueOf(v))
		} else {
			dst.SetZero()
		}
		return nil
	}
	if v == nil { // null and undefined leave the zero value
		dst.SetZero()
		return nil
	}
	bad := func(want string) error {
		return &state.ArgError{Code: state.CodeInvalidArgument, Msg: fmt.Sprintf("%s must be %s, not %s", path, want, state.Describe(v))}
	}
	switch dst.Kind() {
	case reflect.Pointer:
		e := reflect.New(dst.Type().Elem())
		if err := decode(v, e.Elem(), path); err != nil {
			return err
		}
		dst.Set(e)
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			return bad("true or false")
		}
		dst.SetBool(b)
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			return bad("a string")
		}
		dst.SetString(s)
	case reflect.Int, reflect.Int64, reflect.Int32:
		x, ok := v.(float64)
		if !ok || x != math.Trunc(x) || math.Abs(x) > 1<<31 {
			return bad("a whole number")
		}
		dst.SetInt(int64(x))
	case reflect.Float64:
		x, ok := v.(float64)
		if !ok {
			return bad("a number")
		}
		dst.SetFloat(x)
	case reflect.Slice:
		return decodeSlice(v, dst, path, bad)
	case reflect.Map:
		m, ok := v.(map[string]any)
		if !ok || dst.Type().Key().Kind() != reflect.String {
			return bad("an object")
		}
		out := reflect.MakeMapWithSize(dst.Type(), len(m))
		for k, x := range m {
			e := reflect.New(dst.Type().Elem()).Elem()
			if err := decode(x, e, path+"."+k); err != nil {
				return err
			}
			out.SetMapIndex(reflect.ValueOf(k).Convert(dst.Type().Key()), e)
		}
		dst.Set(out)
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			return bad("an object")
		}
		t := dst.Type()
		for i := range t.NumField() {
			name, _, ok := jsonName(t.Field(i))
			if !ok {
				continue
			}
			if x, ok := m[name]; ok {
				if err := decode(x, dst.Field(i), path+"."+name); err != nil {
					return err
				}
			}
		}
	default:
		panic("api: cannot decode into a " + dst.Type().String())
	}
	return nil
}

func decodeSlice(v any, dst reflect.Value, path string, bad func(string) error) error {
	if x, ok := v.([]float64); ok {
		if dst.Type().Elem().Kind() == reflect.Float64 {
			dst.Set(reflect.ValueOf(slices.Clone(x)).Convert(dst.Type()))
			return nil
		}
		list := make([]any, len(x))
		for i, e := range x {
			list[i] = e
		}
		v = list
	}
	list, ok := v.([]any)
	if !ok {
		return bad("an array")
	}
	out := reflect.MakeSlice(dst.Type(), len(list), len(list))
	for i, e := range list {
		if err := decode(e, out.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
			return err
		}
	}
	dst.Set(out)
	return nil
}
