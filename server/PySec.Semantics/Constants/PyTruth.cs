namespace PySec.Semantics;

/// <summary>Python's truth value of a constant: what <c>bool(value)</c> gives.</summary>
public static class PyTruth
{
    /// <summary>The truth value, or null for a kind of value whose truth this model does not decide.</summary>
    public static bool? Of(PyValue value) => value switch
    {
        PyBool boolean => boolean.Value,
        PyNone => false,
        PyInt integer => !integer.Value.IsZero,
        PyFloat number => number.Value != 0,
        PyStr text => text.Value.Length > 0,
        PyBytes bytes => bytes.Value.Length > 0,
        PyTuple tuple => tuple.Items.Count > 0,
        PyList list => list.Items.Count > 0,
        PyDict dict => dict.Entries.Count > 0,
        _ => null,
    };
}
